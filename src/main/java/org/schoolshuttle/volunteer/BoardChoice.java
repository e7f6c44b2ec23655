package org.schoolshuttle.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Whether a volunteer is named on the thank-you board; a volunteer without a choice is named. */
@Entity
@Table(name = "board_choice")
public class BoardChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "driver_id")
    public Long driverId;

    @Column(name = "escort_id")
    public Long escortId;

    public boolean named;

    @Column(name = "chosen_at")
    public Instant chosenAt;

    /** The user name of the volunteer or the coordinator who chose. */
    @Column(name = "chosen_by")
    public String chosenBy;
}
