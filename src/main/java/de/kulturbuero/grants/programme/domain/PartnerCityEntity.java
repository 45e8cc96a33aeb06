package de.kulturbuero.grants.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "partner_city")
public class PartnerCityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String country;

    @Column(name = "partner_since")
    private int partnerSince;

    private BigDecimal latitude;
    private BigDecimal longitude;

    @Column(name = "reachable_by_ground")
    private boolean reachableByGround;

    private boolean active;

    protected PartnerCityEntity() {}

    public PartnerCityEntity(String name) {
        this.name = name;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public int getPartnerSince() {
        return partnerSince;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public boolean isReachableByGround() {
        return reachableByGround;
    }

    public boolean isActive() {
        return active;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public void setPartnerSince(int partnerSince) {
        this.partnerSince = partnerSince;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public void setReachableByGround(boolean reachableByGround) {
        this.reachableByGround = reachableByGround;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
