package org.schoolshuttle.childimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.RejectedRowsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

@Path("/api/v1/schools/{schoolId}/child-imports")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Child imports", description = "A school's children from a CSV file or an Excel workbook, all or nothing")
public class ChildImportResource {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final ChildImportService imports;

    ChildImportResource(ChildImportService imports) {
        this.imports = imports;
    }

    @GET
    @Path("/template.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The import template as CSV: the header row (language=en or zh) and one example row")
    public Response templateCsv(@PathParam("schoolId") long schoolId, @QueryParam("language") String language) {
        return attachment(imports.templateCsv(schoolId, language(language)), "children-template.csv");
    }

    @GET
    @Path("/template.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The import template as an Excel workbook, with a second sheet describing each column")
    public Response templateXlsx(@PathParam("schoolId") long schoolId, @QueryParam("language") String language) {
        return attachment(imports.templateXlsx(schoolId, language(language)), "children-template.xlsx");
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import the school's children from the request body: text/csv (UTF-8) or an .xlsx workbook."
            + " Every row is checked; any problem refuses the whole file (422, each row's problems listed) and nothing"
            + " is saved. Each imported child is then matched on the published plan.")
    public Response importFile(@PathParam("schoolId") long schoolId, @HeaderParam("Content-Type") String contentType,
                               InputStream body) {
        ImportFileKind kind = ImportFileKind.ofMediaType(contentType).orElseThrow(() -> unsupported(contentType));
        byte[] file = read(body, imports.limits().maxBytes());
        if (kind == ImportFileKind.CSV && startsWith(file, ZIP)) {
            throw new RejectedRowsException(400, "unreadable-file", "Unreadable file", "This is an Excel workbook, not"
                    + " CSV: send it as " + ImportFileKind.XLSX.mediaType() + ".", List.of());
        }
        return Response.status(201).entity(imports.importFile(schoolId, kind, file)).build();
    }

    /** The body, up to one byte more than allowed: enough to know it is too large without holding all of it. */
    static byte[] read(InputStream body, int maxBytes) {
        try (InputStream in = body) {
            byte[] file = in == null ? new byte[0] : in.readNBytes(maxBytes + 1);
            if (file.length > maxBytes) {
                throw ChildImportService.tooLarge(maxBytes);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RejectedRowsException unsupported(String contentType) {
        return new RejectedRowsException(415, "unsupported-media-type", "Unsupported Media Type",
                "Send the file as text/csv (UTF-8) or as an Excel workbook (" + ImportFileKind.XLSX.mediaType()
                        + "); " + (contentType == null ? "no type was given" : "not " + contentType.split(";")[0])
                        + ". An older .xls workbook must be saved as .xlsx first.", List.of());
    }

    private static boolean startsWith(byte[] file, byte[] prefix) {
        if (file.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (file[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String language(String language) {
        if (language == null || language.isBlank()) {
            return "en";
        }
        if (!language.equals("en") && !language.equals("zh")) {
            throw new InvalidInputException("language", "must be zh or en");
        }
        return language;
    }

    private static Response attachment(byte[] file, String name) {
        return Response.ok(file).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
