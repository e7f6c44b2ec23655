package org.schoolshuttle.route;

public enum Direction { TO_SCHOOL, FROM_SCHOOL }
