package de.kulturbuero.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The step catalogue and the BPMN files in processes/ describe the same steps. */
class ProcessStepCatalogueTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String FLOWABLE = "http://flowable.org/bpmn";

    /** Element id → element, over every process file. */
    private static final Map<String, Element> ELEMENTS = new HashMap<>();

    private static final List<Element> USER_TASKS = new ArrayList<>();

    @BeforeAll
    static void readProcesses() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".bpmn20.xml")).toList()) {
                Document document = factory.newDocumentBuilder().parse(file.toFile());
                NodeList all = document.getElementsByTagNameNS(BPMN, "*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element element = (Element) all.item(i);
                    if (element.hasAttribute("id")) {
                        ELEMENTS.put(element.getAttribute("id"), element);
                    }
                    if (element.getLocalName().equals("userTask")) {
                        USER_TASKS.add(element);
                    }
                }
            }
        }
        assertThat(USER_TASKS).as("user tasks read from processes/").isNotEmpty();
    }

    @Test
    void every_user_task_of_the_bpmn_has_an_entry_with_its_candidate_group() {
        for (Element task : USER_TASKS) {
            String id = task.getAttribute("id");
            assertThat(ProcessStep.byId(id))
                    .as("catalogue entry for user task " + id)
                    .isPresent();
            ProcessStep step = ProcessStep.byId(id).orElseThrow();
            assertThat(step.kind()).as(id).isEqualTo(ProcessStep.Kind.USER_TASK);
            assertThat(step.candidateRole())
                    .as("candidate group of " + id)
                    .contains(task.getAttributeNS(FLOWABLE, "candidateGroups"));
        }
    }

    @Test
    void every_entry_names_an_element_of_its_kind() {
        for (ProcessStep step : ProcessStep.values()) {
            Element element = ELEMENTS.get(step.id());
            assertThat(element).as("BPMN element for catalogue entry " + step).isNotNull();
            List<String> expected = switch (step.kind()) {
                case USER_TASK -> List.of("userTask");
                case WAIT -> List.of("receiveTask", "intermediateCatchEvent");
                case NOTICE -> List.of("serviceTask");
                case TIMER -> List.of("boundaryEvent", "intermediateCatchEvent");
            };
            assertThat(element.getLocalName()).as(step.toString()).isIn(expected);
            if (step.kind() == ProcessStep.Kind.TIMER) {
                assertThat(element.getElementsByTagNameNS(BPMN, "timerEventDefinition")
                                .getLength())
                        .as(step.toString())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void only_user_tasks_have_a_role_and_only_user_tasks_decide() {
        for (ProcessStep step : ProcessStep.values()) {
            boolean userTask = step.kind() == ProcessStep.Kind.USER_TASK;
            assertThat(step.candidateRole().isPresent()).as(step.toString()).isEqualTo(userTask);
            if (step.isDecision()) {
                assertThat(userTask).as(step.toString()).isTrue();
            }
        }
    }

    @Test
    void every_step_has_a_name_in_both_languages() throws IOException {
        Properties en = new Properties();
        Properties de = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties");
                InputStream inDe = getClass().getResourceAsStream("/vaadin-i18n/translations_de.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            de.load(new InputStreamReader(inDe, StandardCharsets.UTF_8));
        }
        for (ProcessStep step : ProcessStep.userTasks()) {
            assertThat(en.getProperty(step.messageKey())).as(step.messageKey()).isNotBlank();
            assertThat(de.getProperty(step.messageKey())).as(step.messageKey()).isNotBlank();
        }
    }
}
