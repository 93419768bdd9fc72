package org.runmend.report;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.AssessmentJson;
import org.runmend.assessment.Case;
import org.runmend.assessment.RankedCondition;
import org.runmend.diary.PainEntry;
import org.runmend.knowledge.KnowledgeBase;

/**
 * The report as a FHIR R4 collection Bundle, for a clinician's system to import: a Patient with
 * the display name only, a QuestionnaireResponse with the runner's answers, an Observation per
 * pain score (LOINC 72514-3), and a provisional Condition for each leading cause with its ICD-10
 * code. Resources refer to each other by {@code urn:uuid} full URLs. Thread-safe.
 */
public final class FhirReport {
    public static final String LOINC = "http://loinc.org";
    public static final String PAIN_SEVERITY = "72514-3";
    public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    public static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String UCUM = "http://unitsofmeasure.org";
    /** At most this many Conditions; the first always, the others when at least {@link #LISTED} likely. */
    static final int MAX_CONDITIONS = 3;

    static final double LISTED = 0.10;

    /** Building a FhirContext scans the whole model, so there is one for the application. */
    private static final FhirContext FHIR = FhirContext.forR4();

    private final ReportWords words;

    public FhirReport(KnowledgeBase kb) {
        this.words = new ReportWords(Objects.requireNonNull(kb, "kb"));
    }

    /** The shared R4 context, for parsing or validating what {@link #toJson} wrote. */
    public static FhirContext context() {
        return FHIR;
    }

    public Bundle bundle(ClinicianReport report) {
        Objects.requireNonNull(report, "report");
        Assessment a = report.assessment();
        Case c = a.input();
        Date generated = Date.from(report.generatedAt());
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(generated);
        bundle.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue(uuid());

        Patient patient = new Patient();
        patient.addName(new HumanName().setText(report.runnerName()));
        patient.setGender(gender(c.sex()));
        narrative(
                patient,
                report.runnerName() + (c.age() == null ? "" : ", " + c.age() + " years")
                        + (c.sex() == null ? "" : ", " + c.sex()) + ". Display name only; no identifiers.");
        String patientUrl = add(bundle, patient);
        Reference subject = new Reference(patientUrl).setDisplay(report.runnerName());

        QuestionnaireResponse answers = questionnaireResponse(c, subject, generated);
        String answersUrl = add(bundle, answers);

        narrative(
                answers,
                "The runner's answers to the RunMend pain check: "
                        + answers.getItem().size() + " items.");
        if (c.painScore() != null) {
            add(
                    bundle,
                    painObservation(
                            subject,
                            new DateTimeType(
                                    generated,
                                    TemporalPrecisionEnum.SECOND,
                                    java.util.TimeZone.getTimeZone(ZoneOffset.UTC)),
                            words.region(c.region()),
                            c.painScore(),
                            "Pain now, stated in the pain check."));
        }
        for (PainEntry e : report.pain()) {
            add(
                    bundle,
                    painObservation(
                            subject,
                            new DateTimeType(e.date().toString()),
                            words.region(e.region()),
                            e.score(),
                            e.note()));
        }
        int n = 0;
        for (RankedCondition rc : a.conditions()) {
            if (n == MAX_CONDITIONS || (n > 0 && rc.probability() < LISTED)) {
                break;
            }
            add(bundle, condition(rc, a, subject, answersUrl, generated));
            n++;
        }
        return bundle;
    }

    /** Pretty-printed JSON. */
    public String toJson(Bundle bundle) {
        return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /** Parses what {@link #toJson} wrote. */
    public Bundle fromJson(String json) {
        return FHIR.newJsonParser().parseResource(Bundle.class, json);
    }

    private QuestionnaireResponse questionnaireResponse(Case c, Reference subject, Date authored) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setSubject(subject);
        qr.setSource(subject);
        qr.setAuthored(authored);
        if (c.age() != null) {
            item(qr, "age", "How old are you?", new IntegerType(c.age()));
        }
        if (c.sex() != null) {
            item(qr, "sex", "Sex", new StringType(c.sex()));
        }
        item(qr, "region", "Where does it hurt?", new StringType(words.region(c.region())));
        if (c.durationDays() != null) {
            item(
                    qr,
                    "duration",
                    "How long has it hurt?",
                    new Quantity()
                            .setValue(c.durationDays())
                            .setUnit("days")
                            .setSystem(UCUM)
                            .setCode("d"));
        }
        if (c.painScore() != null) {
            item(
                    qr,
                    "pain-score",
                    "How bad is the pain now, from 0 (none) to 10 (worst imaginable)?",
                    new IntegerType(c.painScore()));
        }
        for (Map.Entry<String, Boolean> e : c.findings().entrySet()) {
            item(qr, e.getKey(), words.question(e.getKey()), new BooleanType(e.getValue()));
        }
        return qr;
    }

    private static void item(QuestionnaireResponse qr, String linkId, String text, Type value) {
        QuestionnaireResponseItemComponent item = qr.addItem().setLinkId(linkId).setText(text);
        item.addAnswer().setValue(value);
    }

    private static Observation painObservation(
            Reference subject, DateTimeType when, String where, int score, String note) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        o.setCode(new CodeableConcept(
                new Coding(LOINC, PAIN_SEVERITY, "Pain severity - 0-10 verbal numeric rating [Score] - Reported")));
        o.setSubject(subject);
        o.addPerformer(subject.copy());
        o.setEffective(when);
        o.setValue(new IntegerType(score));
        o.setBodySite(new CodeableConcept().setText(where));
        if (note != null && !note.isBlank()) {
            o.addNote(new Annotation().setText(note));
        }
        narrative(
                o,
                "Pain " + score + " out of 10 (" + where + ") on " + when.getValueAsString()
                        + ", reported by the runner." + (note == null || note.isBlank() ? "" : " " + note));
        return o;
    }

    private Condition condition(RankedCondition rc, Assessment a, Reference subject, String answersUrl, Date recorded) {
        var known = rc.condition(); // knowledge.Condition: the FHIR Condition below has the simple name
        Condition c = new Condition();
        c.setClinicalStatus(new CodeableConcept(new Coding(CONDITION_CLINICAL, "active", "Active")));
        c.setVerificationStatus(new CodeableConcept(new Coding(CONDITION_VERIFICATION, "provisional", "Provisional")));
        c.setCode(new CodeableConcept(new Coding(ICD10, known.icd10(), known.name())).setText(known.name()));
        c.addBodySite(new CodeableConcept().setText(words.region(a.input().region())));
        c.setSubject(subject);
        c.setRecordedDate(recorded);
        c.addEvidence().addDetail(new Reference(answersUrl).setDisplay("The runner's answers"));
        String note = String.format(
                java.util.Locale.ROOT,
                "RunMend pain check: probability %s from the runner's answers (rank %d). Triage for the case: %s. %s %s",
                ReportWords.percent(rc.probability()),
                a.conditions().indexOf(rc) + 1,
                words.triage(a.triage()),
                a.message().because(),
                AssessmentJson.NOT_A_DIAGNOSIS);
        c.addNote(new Annotation().setText(note));
        narrative(c, "Provisional: " + known.name() + " (ICD-10 " + known.icd10() + "). " + note);
        return c;
    }

    /** A plain-text narrative, so a receiving system can show the resource without understanding it. */
    private static void narrative(DomainResource resource, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escaped + "</div>");
        resource.setText(narrative);
    }

    private static AdministrativeGender gender(String sex) {
        if (sex == null) {
            return AdministrativeGender.UNKNOWN;
        }
        return sex.equals("female") ? AdministrativeGender.FEMALE : AdministrativeGender.MALE;
    }

    private static String add(Bundle bundle, Resource resource) {
        String url = uuid();
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return url;
    }

    private static String uuid() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
