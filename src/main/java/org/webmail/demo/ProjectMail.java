package org.webmail.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mail filed by topic: a Projects folder and its child Projects/2026 (a nested folder for the tree view). */
final class ProjectMail {

    private static final List<String[]> GENERAL = List.of(
            new String[] {"Project charter template", "Please use this structure for every new project charter:"
                    + " goal, non-goals, milestones, risks, owner."},
            new String[] {"Retrospective: mobile app v2", "What went well: releases every two weeks. What didn't: the"
                    + " late design changes. Action items in the wiki."},
            new String[] {"Archived: intranet redesign", "The intranet redesign is closed. Final report in the drive."},
            new String[] {"Project portfolio overview", "Twelve active projects, three at risk (red in the sheet)."});

    private static final List<String[]> PLAN_2026 = List.of(
            new String[] {"2026 roadmap — first draft", "Three themes: reliability, mobile, self-service onboarding."},
            new String[] {"Hiring plan 2026", "Four roles: two backend, one designer, one SRE. Budget approved."},
            new String[] {"Q1 2026 OKRs", "O1: Make sign-in effortless. KR1: 95% of logins under 2 seconds."},
            new String[] {"Budget 2026: cloud spend", "Proposal: reserved instances for the databases, -18%."},
            new String[] {"Vendor shortlist for 2026 support contract", "Three vendors replied; comparison table next week."},
            new String[] {"2026 conference calendar", "Who wants to speak where? Deadlines for CFPs are in the sheet."},
            new String[] {"Office move — timeline for 2026", "Move in March, old office handed back in April."},
            new String[] {"Security audit scheduled for 2026", "External pentest booked for the second week of May."});

    private final DemoContext context;

    ProjectMail(DemoContext context) {
        this.context = context;
    }

    List<DemoMessage> messages() {
        List<DemoMessage> messages = new ArrayList<>();
        for (String[] note : GENERAL) {
            messages.add(filed(DemoFolders.PROJECTS, context.calendar().between(100, DemoCalendar.SPAN_DAYS), note));
        }
        for (int i = 0; i < 16; i++) {
            messages.add(filed(DemoFolders.PROJECTS_2026, context.calendar().between(0, 120), PLAN_2026.get(i % PLAN_2026.size())));
        }
        return messages;
    }

    private DemoMessage filed(String folder, Instant date, String[] note) {
        DemoPerson from = context.pick(DemoPeople.COLLEAGUES);
        String subject = note[0];
        String text = "Hi team,\n\n" + note[1] + "\n\n" + from.firstName() + "\n";
        DemoEnvelope envelope = DemoEnvelope.of(from, context.me(), subject, date, context.messageId(from))
                .withCc(List.of(context.pick(DemoPeople.COLLEAGUES.stream().filter(p -> !p.equals(from)).toList())));
        return context.received(folder, date, context.factory().plain(envelope, text));
    }
}
