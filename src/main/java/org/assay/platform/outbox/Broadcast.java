package org.assay.platform.outbox;

/** An audience beyond the parties named on an event: every member firm, or everyone signed in. */
public enum Broadcast {
    /** Every member firm (change proposals, a grant to all members). */
    MEMBERS,
    /** Every signed-in organisation (a new framework version, a public grant). */
    SIGNED_IN
}
