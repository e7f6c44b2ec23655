package org.schoolshuttle.planning;

/** Told what a draft plan is doing, so a coordinator can watch it: a stage name and a percentage. */
@FunctionalInterface
public interface DraftProgress {

    DraftProgress SILENT = (stage, percent) -> { };

    void reached(String stage, int percent);
}
