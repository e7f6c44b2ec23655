package org.schoolshuttle.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.childimport.ChildImportService;
import org.schoolshuttle.childimport.ChildImportView;
import org.schoolshuttle.childimport.ImportColumn;
import org.schoolshuttle.childimport.ImportFileKind;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.common.RejectedRowsException;
import org.schoolshuttle.common.RowError;
import org.schoolshuttle.school.SchoolService;
import org.schoolshuttle.school.SchoolView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/**
 * The coordinator's bulk import of a school's children: the templates to download, the columns explained, the upload,
 * and then either every row's problems (nothing was saved) or what the import did and where each child stands.
 */
@Path("/app/coordinator/schools/{id}/child-imports")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class ChildImportPages {

    /** A column as the page explains it, in the page's language. */
    public record ColumnLine(String english, String chinese, boolean required, String meaning) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance childImport(SchoolView school, String schoolName, List<ColumnLine> columns,
                                                   int maxRows, int maxKib, FormProblem problem, List<RowError> rowErrors,
                                                   ChildImportView summary);
    }

    private final PageFrame frame;
    private final SchoolService schools;
    private final ChildImportService imports;

    ChildImportPages(PageFrame frame, SchoolService schools, ChildImportService imports) {
        this.frame = frame;
        this.schools = schools;
        this.imports = imports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") long schoolId) {
        return page(schoolId, null, List.of(), null);
    }

    @GET
    @Path("/template.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response templateCsv(@PathParam("id") long schoolId) {
        return Response.ok(imports.templateCsv(schoolId, frame.language()))
                .header("Content-Disposition", "attachment; filename=\"children-template.csv\"").build();
    }

    @GET
    @Path("/template.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response templateXlsx(@PathParam("id") long schoolId) {
        return Response.ok(imports.templateXlsx(schoolId, frame.language()))
                .header("Content-Disposition", "attachment; filename=\"children-template.xlsx\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("id") long schoolId, @RestForm("file") FileUpload file) {
        try {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                return Response.status(400).entity(page(schoolId, FormProblem.of("file", frame.word("importChooseFile")),
                        List.of(), null)).build();
            }
            // Browsers label a .csv by the program that opens it, so the name decides; the label only without one.
            ImportFileKind kind = ImportFileKind.ofFileName(file.fileName())
                    .or(() -> ImportFileKind.ofMediaType(file.contentType()))
                    .orElseThrow(() -> new RejectedRowsException(415, "unsupported-media-type", "Unsupported Media Type",
                            frame.word("importWrongKind"), List.of()));
            if (file.size() > imports.limits().maxBytes()) {
                throw ChildImportService.tooLarge(imports.limits().maxBytes());
            }
            ChildImportView summary = imports.importFile(schoolId, kind, Files.readAllBytes(file.uploadedFile()));
            return Response.ok(page(schoolId, null, List.of(), summary)).build();
        } catch (RejectedRowsException e) {
            return Response.status(e.status()).entity(page(schoolId, new FormProblem(e.getMessage(), List.of()),
                    e.rows(), null)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(schoolId, FormProblem.of(e), List.of(), null)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateInstance page(long schoolId, FormProblem problem, List<RowError> rowErrors, ChildImportView summary) {
        SchoolView school = schools.get(schoolId);
        // A school outside the caller's villages answers 404, as the API does.
        List<ColumnLine> columns = Arrays.stream(ImportColumn.values()).map(c -> new ColumnLine(c.english(), c.chinese(),
                c.required(), frame.word("importColumn_" + c.english()))).toList();
        return frame.dress(Templates.childImport(school, FamilyMap.name(school, frame.language()), columns,
                imports.limits().maxRows(), imports.limits().maxBytes() / 1024, problem, rowErrors, summary));
    }
}
