package org.liaisonlog.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liaisonlog.logic.backup.BackupPolicy.Occasion;

/** When a backup is due, read against a fixed clock. */
class BackupPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
    private final BackupPolicy policy = new BackupPolicy(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Optional<Instant> hoursAgo(long hours) {
        return Optional.of(NOW.minus(Duration.ofHours(hours)));
    }

    @Test
    void onCloseABackupIsDueWhenSomethingChangedSinceTheLastOne() {
        assertThat(policy.isDue(Occasion.CLOSE, hoursAgo(2), hoursAgo(1))).isTrue();
        assertThat(policy.isDue(Occasion.CLOSE, hoursAgo(1), hoursAgo(2))).isFalse();
        assertThat(policy.isDue(Occasion.CLOSE, hoursAgo(1), Optional.empty())).isFalse();
        // a change saved the moment the last backup began may not be in it
        assertThat(policy.isDue(Occasion.CLOSE, hoursAgo(1), hoursAgo(1))).isTrue();
    }

    @Test
    void aCatalogueNeverBackedUpIsDueOnEveryOccasion() {
        assertThat(policy.isDue(Occasion.CLOSE, Optional.empty(), Optional.empty())).isTrue();
        assertThat(policy.isDue(Occasion.WHILE_OPEN, Optional.empty(), hoursAgo(5))).isTrue();
        assertThat(policy.untilDaily(Optional.empty())).isZero();
    }

    @Test
    void whileOpenABackupIsDueOnceADayHasPassedAndSomethingChanged() {
        assertThat(policy.isDue(Occasion.WHILE_OPEN, hoursAgo(23), hoursAgo(1))).isFalse();
        assertThat(policy.isDue(Occasion.WHILE_OPEN, hoursAgo(24), hoursAgo(1))).isTrue();
        assertThat(policy.isDue(Occasion.WHILE_OPEN, hoursAgo(30), hoursAgo(1))).isTrue();
        // a day without changes needs no new copy
        assertThat(policy.isDue(Occasion.WHILE_OPEN, hoursAgo(30), hoursAgo(31))).isFalse();
    }

    @Test
    void untilDailySaysWhenToLookAgain() {
        assertThat(policy.untilDaily(hoursAgo(20))).isEqualTo(Duration.ofHours(4));
        assertThat(policy.untilDaily(hoursAgo(24))).isZero();
        assertThat(policy.untilDaily(hoursAgo(48))).isZero();
    }
}
