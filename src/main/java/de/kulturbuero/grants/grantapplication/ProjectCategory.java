package de.kulturbuero.grants.grantapplication;

/** The kind of project; the label key is {@code grantapplication.category.<NAME>}. */
public enum ProjectCategory {
    MUSIC,
    THEATRE_DANCE,
    VISUAL_ARTS,
    LITERATURE,
    FILM_MEDIA,
    CULTURAL_EDUCATION,
    YOUTH_EXCHANGE,
    HERITAGE,
    URBAN_DEVELOPMENT,
    OTHER;

    public String messageKey() {
        return "grantapplication.category." + name();
    }
}
