package de.kulturbuero.grants.grantapplication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {

    @Test
    void reference_number_has_prefix_year_and_four_digit_sequence() {
        assertThat(ReferenceNumbers.format("IK", 2026, 42)).isEqualTo("IK-2026-0042");
        assertThat(ReferenceNumbers.format("JB", 2027, 1)).isEqualTo("JB-2027-0001");
    }

    @Test
    void sequences_beyond_four_digits_are_not_truncated() {
        assertThat(ReferenceNumbers.format("IK", 2026, 12345)).isEqualTo("IK-2026-12345");
    }
}
