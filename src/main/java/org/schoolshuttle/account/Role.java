package org.schoolshuttle.account;

/** What an account may do. The string constants are for {@code @RolesAllowed}. */
public enum Role {
    ADMIN, COORDINATOR, DRIVER, PARENT, SPONSOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String DRIVER_NAME = "DRIVER";
    public static final String PARENT_NAME = "PARENT";
    public static final String SPONSOR_NAME = "SPONSOR";
}
