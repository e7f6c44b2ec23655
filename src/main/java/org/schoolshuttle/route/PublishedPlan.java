package org.schoolshuttle.route;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which plan of a school is published; its row is locked while a plan is published or a seat is taken. */
@Entity
@Table(name = "published_plan")
public class PublishedPlan {

    @Id
    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "plan_id")
    public Long planId;
}
