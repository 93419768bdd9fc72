package org.runmend.report;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.runmend.assessment.Case;
import org.runmend.diary.PainEntry;
import org.runmend.knowledge.Triage;

class FhirReportTest {
    private final FhirReport fhir = new FhirReport(Reports.KB);

    @Test
    void bundle_round_trips_through_the_hapi_json_parser() {
        Bundle bundle = fhir.bundle(Reports.heelReport());

        String json = fhir.toJson(bundle);
        Bundle parsed = FhirReport.context().newJsonParser().parseResource(Bundle.class, json);

        assertThat(parsed.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(types(parsed)).isEqualTo(types(bundle));
        assertThat(parsed.getEntry())
                .extracting(Bundle.BundleEntryComponent::getFullUrl)
                .isEqualTo(bundle.getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getFullUrl)
                        .toList());
        assertThat(fhir.toJson(parsed)).isEqualTo(json);
        assertThat(types(parsed)).startsWith("Patient", "QuestionnaireResponse").contains("Observation", "Condition");
    }

    @Test
    void leading_condition_is_provisional_with_its_icd10_code() {
        ClinicianReport report = Reports.heelReport();
        Bundle bundle = roundTrip(fhir.bundle(report));

        List<Condition> conditions = resources(bundle, Condition.class);

        assertThat(conditions).hasSizeBetween(1, 3);
        Condition first = conditions.get(0);
        assertThat(first.getVerificationStatus().getCodingFirstRep().getSystem())
                .isEqualTo("http://terminology.hl7.org/CodeSystem/condition-ver-status");
        assertThat(first.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("provisional");
        assertThat(first.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
        assertThat(first.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/sid/icd-10");
        assertThat(first.getCode().getCodingFirstRep().getCode()).isEqualTo("M72.2");
        assertThat(first.getCode().getCodingFirstRep().getDisplay())
                .isEqualTo(report.assessment().top().condition().name());
        String percent = Math.round(100 * report.assessment().top().probability()) + "%";
        assertThat(first.getNoteFirstRep().getText())
                .contains(percent)
                .contains("SOON")
                .contains("not a diagnosis");
        assertThat(first.getSubject().getReference())
                .isEqualTo(bundle.getEntry().get(0).getFullUrl());
    }

    @Test
    void emergency_case_keeps_the_triage_in_the_condition_note() {
        ClinicianReport report =
                new ClinicianReport("Jo", Reports.GENERATED, Reports.backEmergency(), List.of(), List.of(), List.of());
        assertThat(report.assessment().triage()).isEqualTo(Triage.EMERGENCY);

        Bundle bundle = roundTrip(fhir.bundle(report));

        assertThat(resources(bundle, Condition.class)).allSatisfy(c -> {
            assertThat(c.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("provisional");
            assertThat(c.getNoteFirstRep().getText()).contains("EMERGENCY");
        });
        assertThat(resources(bundle, Patient.class).get(0).getGender().toCode()).isEqualTo("female");
        assertThat(resources(bundle, Patient.class).get(0).getIdentifier()).isEmpty();
    }

    @Test
    void questionnaire_response_has_one_item_per_stated_finding() {
        ClinicianReport report = Reports.heelReport();
        Case c = report.assessment().input();
        Bundle bundle = roundTrip(fhir.bundle(report));

        QuestionnaireResponse qr =
                resources(bundle, QuestionnaireResponse.class).get(0);

        assertThat(qr.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        List<QuestionnaireResponse.QuestionnaireResponseItemComponent> findingItems = qr.getItem().stream()
                .filter(i -> c.findings().containsKey(i.getLinkId()))
                .toList();
        assertThat(findingItems).hasSize(c.findings().size());
        assertThat(findingItems).allSatisfy(i -> {
            assertThat(i.getAnswerFirstRep().getValueBooleanType().booleanValue())
                    .isEqualTo(c.findings().get(i.getLinkId()));
            assertThat(i.getText())
                    .isEqualTo(Reports.KB.finding(i.getLinkId()).orElseThrow().question());
        });
        assertThat(qr.getItem())
                .extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                .contains("age", "region", "duration", "pain-score");
    }

    @Test
    void pain_scores_are_observations_with_the_loinc_code() {
        ClinicianReport report = Reports.heelReport();
        Bundle bundle = roundTrip(fhir.bundle(report));

        List<Observation> pain = resources(bundle, Observation.class);

        assertThat(pain).hasSize(report.pain().size() + 1);
        assertThat(pain).allSatisfy(o -> {
            assertThat(o.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
            assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
            assertThat(o.getValueIntegerType().getValue()).isBetween(0, 10);
            assertThat(o.getBodySite().getText()).isEqualTo("Bottom of the heel and arch");
            assertThat(o.hasEffectiveDateTimeType()).isTrue();
        });
        PainEntry last = report.pain().get(report.pain().size() - 1);
        assertThat(pain.get(pain.size() - 1).getEffectiveDateTimeType().getValueAsString())
                .isEqualTo(last.date().toString());
    }

    /**
     * HAPI's R4 validator, built once for the whole test run: starting it (loading and indexing
     * every R4 profile) is by far the slowest step of these tests.
     */
    private static final class Validator {
        static final FhirValidator SHARED = build();

        private static FhirValidator build() {
            FhirValidator validator = FhirReport.context().newValidator();
            ValidationSupportChain support = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(FhirReport.context()),
                    new InMemoryTerminologyServerValidationSupport(FhirReport.context()),
                    new CommonCodeSystemsTerminologyService(FhirReport.context()),
                    new SnapshotGeneratingValidationSupport(FhirReport.context()));
            validator.registerValidatorModule(new FhirInstanceValidator(support));
            return validator;
        }
    }

    @Test
    void bundle_is_valid_r4_without_errors_or_warnings_by_the_hapi_validator() {
        FhirValidator validator = Validator.SHARED;
        for (ClinicianReport report : List.of(
                Reports.heelReport(),
                Reports.longReport(),
                new ClinicianReport(
                        "Jo", Reports.GENERATED, Reports.backEmergency(), List.of(), List.of(), List.of()))) {
            ValidationResult result = validator.validateWithResult(fhir.bundle(report));
            // Only information is left: "no questionnaire is identified", as RunMend publishes none.
            List<String> errors = result.getMessages().stream()
                    .filter(m -> m.getSeverity().compareTo(ResultSeverityEnum.WARNING) >= 0)
                    .map(FhirReportTest::describe)
                    .toList();
            assertThat(errors).as(report.runnerName()).isEmpty();
        }
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

    private Bundle roundTrip(Bundle bundle) {
        return fhir.fromJson(fhir.toJson(bundle));
    }

    private static List<String> types(Bundle b) {
        return b.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
    }

    private static <T extends Resource> List<T> resources(Bundle b, Class<T> type) {
        return b.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
