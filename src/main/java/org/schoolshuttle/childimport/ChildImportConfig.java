package org.schoolshuttle.childimport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the bulk import of children, under {@code shuttle.child-import}. */
@ConfigMapping(prefix = "shuttle.child-import")
public interface ChildImportConfig {

    /** The most children one file may hold (rows after the header, blank rows not counted). */
    @WithDefault("2000")
    int maxRows();

    /** The largest file accepted, in bytes; keep it below {@code quarkus.http.limits.max-body-size} (10 MiB). */
    @WithDefault("4194304")
    int maxBytes();
}
