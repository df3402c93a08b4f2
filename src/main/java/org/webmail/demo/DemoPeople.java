package org.webmail.demo;

import java.util.List;

/** The cast of the demo mailbox: the demo user, colleagues, outside contacts and automated senders. */
final class DemoPeople {

    static final DemoPerson JOAO = new DemoPerson("João Conceição", "joao.conceicao@empresa.example");
    static final DemoPerson YAMADA = new DemoPerson("山田太郎", "yamada.taro@kaisha.example");
    static final DemoPerson KENJI = new DemoPerson("渡辺健二", "watanabe.kenji@kaisha.example");

    static final List<DemoPerson> COLLEAGUES = List.of(
            new DemoPerson("Alice Martin", "alice.martin@example.test"),
            new DemoPerson("Bob Okafor", "bob.okafor@example.test"),
            new DemoPerson("Chen Wei", "chen.wei@example.test"),
            new DemoPerson("Zoë Müller", "zoe.mueller@example.test"),
            new DemoPerson("Priya Raman", "priya.raman@example.test"),
            new DemoPerson("Marcus Lindqvist", "marcus.lindqvist@example.test"),
            new DemoPerson("Fatima El Idrissi", "fatima.elidrissi@example.test"),
            new DemoPerson("Tomás Ribeiro", "tomas.ribeiro@example.test"),
            new DemoPerson("Hannah Becker", "hannah.becker@example.test"),
            new DemoPerson("Sam O'Neill", "sam.oneill@example.test"));

    static final List<DemoPerson> CONTACTS = List.of(
            JOAO,
            YAMADA,
            new DemoPerson("Olga Kuznetsova", "olga@studio-kuznetsova.example"),
            new DemoPerson("Daniel Ferreira", "daniel.ferreira@parceiro.example"),
            new DemoPerson("Léa Dubois", "lea.dubois@agence.example"),
            new DemoPerson("Mike Henderson", "mike@acme-supplies.example"));

    static final DemoPerson BILLING = new DemoPerson("Acme Cloud Billing", "billing@acme-cloud.example");
    static final DemoPerson BUILD_BOT = new DemoPerson("Forge CI", "ci-noreply@forge.example");
    static final DemoPerson CALENDAR = new DemoPerson("Team Calendar", "calendar@example.test");
    static final DemoPerson IT_DESK = new DemoPerson("IT Service Desk", "servicedesk@example.test");

    private DemoPeople() {
    }
}
