package org.schoolshuttle.family;

import jakarta.persistence.Embeddable;

/** An adult the child may be handed to at drop-off, besides the guardian. */
@Embeddable
public class AuthorisedAdult {

    public String name;
    public String phone;
    public String relation;

    public AuthorisedAdult() {
    }

    AuthorisedAdult(String name, String phone, String relation) {
        this.name = name;
        this.phone = phone;
        this.relation = relation;
    }
}
