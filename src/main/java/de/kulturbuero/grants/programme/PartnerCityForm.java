package de.kulturbuero.grants.programme;

import java.math.BigDecimal;

/** Form model of the partner-city editor; the distance is computed from the coordinates, never typed. */
public class PartnerCityForm {

    private Long id;
    private String name;
    private String country;
    private Integer partnerSince;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private boolean reachableByGround;
    private boolean active = true;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Integer getPartnerSince() {
        return partnerSince;
    }

    public void setPartnerSince(Integer partnerSince) {
        this.partnerSince = partnerSince;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public boolean isReachableByGround() {
        return reachableByGround;
    }

    public void setReachableByGround(boolean reachableByGround) {
        this.reachableByGround = reachableByGround;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
