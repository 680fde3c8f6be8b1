package io.vigil.supplier.internal.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.supplier.internal.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class QuestionnaireScoringTests {

    static final String DEFINITION = """
            {"code":"T1","title":{"en":"Test","zh":"测试"},"sections":[{"key":"S","title":{"en":"S","zh":"部分"},"questions":[
             {"key":"Q1","type":"YES_NO","text":{"en":"Encrypt?","zh":"加密？"},"weight":2,"required":true,"redLine":{"accepted":["YES"]}},
             {"key":"Q2","type":"SINGLE_CHOICE","text":{"en":"How often?","zh":"频率？"},"weight":1,"required":true,
              "options":[{"value":"A","label":{"en":"A","zh":"甲"},"points":2},{"value":"B","label":{"en":"B","zh":"乙"},"points":1},
                         {"value":"C","label":{"en":"C","zh":"丙"},"points":0}]},
             {"key":"Q3","type":"NUMBER","text":{"en":"Hours?","zh":"小时？"},"weight":1,"min":0,
              "bands":[{"max":24,"points":3},{"points":0}],"redLine":{"max":72}},
             {"key":"Q4","type":"TEXT","text":{"en":"Why?","zh":"原因？"}},
             {"key":"Q5","type":"MULTIPLE_CHOICE","text":{"en":"Which?","zh":"哪些？"},"weight":1,
              "options":[{"value":"X","label":{"en":"X","zh":"X"},"points":1},{"value":"Y","label":{"en":"Y","zh":"Y"},"points":1},
                         {"value":"Z","label":{"en":"Z","zh":"Z"},"points":0}]}]}]}
            """;

    static QuestionnaireDefinition definition() {
        return JsonMapper.builder().build().readValue(DEFINITION, QuestionnaireDefinition.class);
    }

    @Test
    void scoreIsTheWeightedShareOfPointsOverTheAnsweredQuestions() {
        var result = QuestionnaireScoring.score(definition(), Map.of("Q1", List.of("YES"), "Q2", List.of("B")));
        // (2 × 1/1 + 1 × 1/2) / (2 + 1) = 83.3 %: the unanswered optional Q3 and Q5 are not counted as zero
        assertThat(result.score()).isEqualTo(83);
        assertThat(result.redLineFailed()).isFalse();
        assertThat(result.line("Q3").status()).isEqualTo(QuestionnaireScoring.LineStatus.UNANSWERED);
        assertThat(result.line("Q4").status()).isEqualTo(QuestionnaireScoring.LineStatus.UNSCORED);
        assertThat(result.line("Q1").contribution()).isEqualByComparingTo("66.7");
    }

    @Test
    void everyAnsweredQuestionCountsWithItsWeightAndBands() {
        var all = QuestionnaireScoring.score(definition(), Map.of("Q1", List.of("YES"), "Q2", List.of("A"),
                "Q3", List.of("12"), "Q5", List.of("X", "Y")));
        assertThat(all.score()).isEqualTo(100);
        var partly = QuestionnaireScoring.score(definition(), Map.of("Q1", List.of("YES"), "Q2", List.of("C"),
                "Q3", List.of("48"), "Q5", List.of("X", "Z")));
        // (2 + 0 + 0 + 1 × 1/2) / 5 = 50
        assertThat(partly.score()).isEqualTo(50);
    }

    @Test
    void aRedLineAnswerFailsTheQuestionnaireWhateverTheScore() {
        var result = QuestionnaireScoring.score(definition(), Map.of("Q1", List.of("NO"), "Q2", List.of("A"),
                "Q3", List.of("10"), "Q5", List.of("X", "Y")));
        assertThat(result.score()).isEqualTo(60);
        assertThat(result.redLineFailed()).isTrue();
        assertThat(result.failedRedLines()).containsExactly("Q1");
        var number = QuestionnaireScoring.score(definition(), Map.of("Q1", List.of("YES"), "Q3", List.of("96")));
        assertThat(number.failedRedLines()).containsExactly("Q3");
    }

    @Test
    void nothingScoredAnsweredHasNoScore() {
        assertThat(QuestionnaireScoring.score(definition(), Map.of("Q4", List.of("text"))).score()).isNull();
    }

    @Test
    void submittingNamesEachMissingRequiredQuestionAndBadAnswers() {
        List<FieldProblem> problems = QuestionnaireAnswerRules.check(definition(),
                Map.of("Q2", List.of("NOPE"), "Q3", List.of("abc")), true);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("answers.Q1", "answers.Q2", "answers.Q3");
        assertThat(problems.get(0).messageKey()).isEqualTo("questionnaire.answer.error.required");
        assertThat(problems.get(0).arguments()).contains("Q1", "Encrypt?");
        assertThat(QuestionnaireAnswerRules.check(definition(), Map.of(), false)).isEmpty();
    }

    @Test
    void aTieringScoreProposesACriticalityTier() {
        assertThat(TieringProposal.propose("TIERING", 60)).isEqualTo(io.vigil.supplier.CriticalityTier.CRITICAL);
        assertThat(TieringProposal.propose("TIERING", 59)).isEqualTo(io.vigil.supplier.CriticalityTier.IMPORTANT);
        assertThat(TieringProposal.propose("TIERING", 30)).isEqualTo(io.vigil.supplier.CriticalityTier.IMPORTANT);
        assertThat(TieringProposal.propose("TIERING", 29)).isEqualTo(io.vigil.supplier.CriticalityTier.STANDARD);
        assertThat(TieringProposal.propose("TIERING", null)).isNull();
        assertThat(TieringProposal.propose("ESG", 90)).isNull();
    }

    @Test
    void theSupplierDoesNotSeeRedLinesOrPoints() {
        var q = definition().forSupplier().question("Q1");
        assertThat(q.redLine()).isNull();
        assertThat(q.weight()).isNull();
        assertThat(q.effectiveOptions()).allSatisfy(o -> assertThat(o.points()).isNull());
    }

    @Test
    void aDefinitionWithDuplicateKeysOrBadRedLinesIsRejectedNamingTheQuestion() {
        String bad = DEFINITION.replace("\"key\":\"Q2\"", "\"key\":\"Q1\"").replace("[\"YES\"]", "[\"MAYBE\"]");
        var problems = JsonMapper.builder().build().readValue(bad, QuestionnaireDefinition.class).problems();
        assertThat(problems).extracting(FieldProblem::field).contains("question Q1");
        assertThat(problems).extracting(FieldProblem::messageKey)
                .contains("questionnaire.template.error.duplicateKey", "questionnaire.template.error.redLine");
    }
}
