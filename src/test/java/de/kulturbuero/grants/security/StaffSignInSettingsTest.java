package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffSignInSettingsTest {

    private final StaffSignInSettings settings = new StaffSignInSettings(
            "groups",
            Map.of(
                    "kulturbuero-sachbearbeitung", Set.of(Roles.CLERK),
                    "kulturbuero-leitung", Set.of(Roles.HEAD, Roles.REVIEWER)));

    @Test
    void roles_are_the_union_of_the_mapped_groups_and_other_groups_give_nothing() {
        assertThat(settings.rolesFor(List.of("kulturbuero-sachbearbeitung", "kulturbuero-leitung", "kantine")))
                .containsExactlyInAnyOrder(Roles.CLERK, Roles.HEAD, Roles.REVIEWER);
        assertThat(settings.rolesFor(List.of("kantine", "KULTURBUERO-SACHBEARBEITUNG")))
                .as("names match exactly")
                .isEmpty();
        assertThat(settings.rolesFor(null)).isEmpty();
    }

    @Test
    void a_group_cannot_make_anyone_an_applicant_or_grant_an_unknown_role() {
        assertThatThrownBy(() -> new StaffSignInSettings("groups", Map.of("buerger", Set.of(Roles.APPLICANT))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("buerger");
        assertThatThrownBy(() -> new StaffSignInSettings("groups", Map.of("x", Set.of("SUPERUSER"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new StaffSignInSettings(" ", Map.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void without_a_mapping_nobody_gets_a_role() {
        assertThat(new StaffSignInSettings("groups", null).rolesFor(List.of("kulturbuero-sachbearbeitung")))
                .isEmpty();
    }
}
