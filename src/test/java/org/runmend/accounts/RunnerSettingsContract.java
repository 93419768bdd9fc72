package org.runmend.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Units;
import org.runmend.store.Database;
import org.runmend.store.NotFoundException;
import org.runmend.support.TestClock;

/** The runner's unit and time zone settings, migrated and kept the same way on every database; subclasses say which. */
abstract class RunnerSettingsContract {
    private Database db;
    private Accounts accounts;
    private RunnerSettings settings;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        accounts = new Accounts(db, TestClock.FIXED);
        settings = new RunnerSettings(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void a_new_runner_reads_kilometres_and_a_chosen_unit_is_kept_for_that_runner_only() {
        Runner ann =
                accounts.signUp("ann-" + System.nanoTime() + "@example.org", "Ann", "velvet kettle migrates north");
        Runner bob =
                accounts.signUp("bob-" + System.nanoTime() + "@example.org", "Bob", "velvet kettle migrates north");
        assertThat(settings.units(ann.id())).isEqualTo(Units.KM);
        settings.setUnits(ann.id(), Units.MI);
        assertThat(settings.units(ann.id())).isEqualTo(Units.MI);
        assertThat(settings.units(bob.id())).isEqualTo(Units.KM);
        settings.setUnits(ann.id(), Units.KM);
        assertThat(settings.units(ann.id())).isEqualTo(Units.KM);
    }

    @Test
    void the_emergency_country_is_kept_and_an_unlisted_one_refused() {
        Runner ann =
                accounts.signUp("ann-" + System.nanoTime() + "@example.org", "Ann", "velvet kettle migrates north");
        assertThat(settings.emergencyRegion(ann.id())).isEmpty();
        settings.setEmergencyRegion(ann.id(), "GB");
        assertThat(settings.emergencyRegion(ann.id())).hasValue("GB");
        assertThatThrownBy(() -> settings.setEmergencyRegion(ann.id(), "XX"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.emergencyRegion(ann.id())).hasValue("GB");
    }

    @Test
    void an_unknown_runner_is_not_found() {
        assertThatThrownBy(() -> settings.setUnits("no-such-runner", Units.MI)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> settings.setZone("no-such-runner", ZoneId.of("UTC")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_new_runner_has_no_zone_and_a_chosen_zone_is_kept_for_that_runner_only() {
        Runner ann =
                accounts.signUp("ann-" + System.nanoTime() + "@example.org", "Ann", "velvet kettle migrates north");
        Runner bob =
                accounts.signUp("bob-" + System.nanoTime() + "@example.org", "Bob", "velvet kettle migrates north");
        assertThat(settings.zone(ann.id())).isEmpty();
        settings.setZone(ann.id(), ZoneId.of("Pacific/Auckland"));
        assertThat(settings.zone(ann.id())).contains(ZoneId.of("Pacific/Auckland"));
        assertThat(settings.zone(bob.id())).isEmpty();
        settings.setZone(ann.id(), ZoneId.of("America/Los_Angeles"));
        settings.setUnits(ann.id(), Units.MI);
        assertThat(settings.zone(ann.id())).contains(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void only_zone_ids_java_knows_are_read() {
        assertThat(RunnerSettings.parseZone(" Europe/Berlin ")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(RunnerSettings.parseZone("+05:30")).contains(ZoneId.of("+05:30"));
        assertThat(RunnerSettings.parseZone("Mars/Olympus_Mons")).isEmpty();
        assertThat(RunnerSettings.parseZone("Europe/Berlin; drop table runners"))
                .isEmpty();
        assertThat(RunnerSettings.parseZone("")).isEmpty();
        assertThat(RunnerSettings.parseZone(null)).isEmpty();
        assertThat(RunnerSettings.parseZone("A/" + "b".repeat(70))).isEmpty();
    }
}
