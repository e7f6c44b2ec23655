package org.schoolshuttle.notify;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MessageDeliveryRepository implements PanacheRepository<MessageDelivery> {
}
