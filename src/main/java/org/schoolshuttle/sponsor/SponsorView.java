package org.schoolshuttle.sponsor;

public record SponsorView(long id, long villageId, Sponsor.Kind kind, String name,
                          String contactName, String contactPhone, String contactEmail) {

    static SponsorView from(Sponsor s) {
        return new SponsorView(s.id, s.villageId, s.kind, s.name, s.contactName, s.contactPhone, s.contactEmail);
    }
}
