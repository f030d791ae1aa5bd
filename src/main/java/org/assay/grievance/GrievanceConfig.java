package org.assay.grievance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the grievance mechanism ({@code assay.grievance.*}; docs/operations.md). */
@ConfigMapping(prefix = "assay.grievance")
public interface GrievanceConfig {

    /** Encryption of the complainant's protected fields. */
    Encryption encryption();

    /** Abuse limits of the public operations. */
    Limits limits();

    interface Encryption {
        /**
         * The key ring: comma-separated {@code id:base64} entries, each key 32 random bytes (AES-256), e.g.
         * {@code 2026a:…,2027a:…}. Keep every key that still seals stored rows ({@code ASSAY_GRIEVANCE_KEYS}).
         */
        String keys();

        /** The key new values are sealed under. */
        String activeKey();
    }

    interface Limits {
        /** Grievances one address may file per hour. */
        @WithDefault("10")
        int filingsPerAddressPerHour();

        /** Grievances the whole platform accepts per hour (a flood stops here). */
        @WithDefault("1000")
        int filingsPerHour();

        /** Follow-up code attempts (right or wrong) one address may make per hour. */
        @WithDefault("30")
        int followUpsPerAddressPerHour();

        /** Follow-up code attempts the whole platform accepts per hour. */
        @WithDefault("10000")
        int followUpsPerHour();

        /** Wrong codes in a row after which a case is locked. */
        @WithDefault("5")
        int wrongCodesBeforeLockout();

        /** How long a case stays locked after too many wrong codes. */
        @WithDefault("PT15M")
        Duration lockout();
    }
}
