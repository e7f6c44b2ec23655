package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.notify.MessageView;
import org.schoolshuttle.notify.Outbox;

import java.util.List;

/** The signed-in person's messages, newest first: the same feed that is e-mailed and texted. */
@Path("/app/messages")
@Authenticated
public class MessagesPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance messages(List<MessageView> messages);
    }

    private final PageFrame frame;
    private final Outbox outbox;

    MessagesPage(PageFrame frame, Outbox outbox) {
        this.frame = frame;
        this.outbox = outbox;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return frame.dress(Templates.messages(outbox.mine(PageRequest.of(0, 50)).items()));
    }
}
