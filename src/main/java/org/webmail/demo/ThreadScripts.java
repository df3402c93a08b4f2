package org.webmail.demo;

import java.util.List;

/** What the people in the demo conversations say, in their own languages. */
final class ThreadScripts {

    private final DemoPerson me;

    ThreadScripts(DemoPerson me) {
        this.me = me;
    }

    List<ReplyThreads.Step> salesReport() {
        DemoPerson joao = DemoPeople.JOAO;
        byte[] report = DemoPdf.document("Relatório de vendas — março", List.of(
                "Região norte ........ 184.200 EUR (+12%)", "Região centro ....... 142.950 EUR (+3%)",
                "Região sul ........... 97.310 EUR (-2%)", "Devoluções ............ 4.120 EUR"));
        return List.of(
                new ReplyThreads.Step(joao, "Olá Alex,\n\nSegue em anexo o relatório de vendas de março. As vendas na região"
                        + " norte cresceram 12% em relação a fevereiro, sobretudo graças à campanha da Páscoa.\n\n"
                        + "Podes dar uma vista de olhos antes da reunião de quinta-feira?\n\nAbraço,\nJoão Conceição",
                        List.of(DemoFile.attachment("relatório final.pdf", "application/pdf", report)), "UTF-8"),
                ReplyThreads.Step.say(me, "Olá João,\n\nObrigado! Os números do norte estão ótimos. Na página 2, a coluna"
                        + " de devoluções parece somar em duplicado — consegues confirmar?\n\nAlex"),
                ReplyThreads.Step.say(joao, "Tens razão, corrigi a fórmula. Envio a versão nova na quinta de manhã.\n\nJoão"),
                ReplyThreads.Step.say(me, "Perfeito, obrigado. Até quinta!\n\nAlex"));
    }

    /** The opening message is ISO-2022-JP (RFC 1468), as Japanese mail clients still commonly send. */
    List<ReplyThreads.Step> meetingMinutes() {
        DemoPerson yamada = DemoPeople.YAMADA;
        return List.of(
                new ReplyThreads.Step(yamada, "アレックスさん\n\nお疲れ様です。山田です。\n本日の会議の議事録をお送りします。\n\n"
                        + "1. 新製品の発売日は4月15日に決定\n2. 予算の見直しは来週の会議で行う\n"
                        + "3. 次回の会議は来週水曜日の14時から\n\nご確認のほど、よろしくお願いいたします。\n\n山田太郎",
                        List.of(), "ISO-2022-JP"),
                ReplyThreads.Step.say(me, "山田さん\n\nThank you for the minutes — all clear on my side. I will prepare the"
                        + " budget figures for next week's meeting.\n\nAlex"),
                ReplyThreads.Step.say(DemoPeople.KENJI, "山田さん、アレックスさん\n\n議事録ありがとうございます。"
                        + "発売日の件、マーケティングチームにも共有しました。\n\n渡辺"),
                ReplyThreads.Step.say(yamada, "渡辺さん\n\n共有ありがとうございます。では来週水曜日によろしくお願いします。\n\n山田"));
    }

    List<ReplyThreads.Step> offsiteVenues() {
        List<DemoPerson> team = DemoPeople.COLLEAGUES;
        return List.of(
                ReplyThreads.Step.say(team.get(4), "Hi all,\n\nThree venues made the shortlist:\n\n1. Quinta do Lago —"
                        + " 45 min by train, great garden\n2. The Old Mill — cheapest, but no rooms for everyone\n"
                        + "3. Harbour Loft — in town, no overnight\n\nPreferences by Friday please.\n\nPriya"),
                ReplyThreads.Step.say(team.get(1), "Quinta do Lago gets my vote. The garden alone is worth it.\n\nBob"),
                ReplyThreads.Step.say(me, "+1 for Quinta do Lago. Can we check they have a room with a projector?\n\nAlex"),
                ReplyThreads.Step.say(team.get(4), "They do, and they will throw in bikes. Booking it today.\n\nPriya"),
                ReplyThreads.Step.say(team.get(3), "Lovely! I'll sort the train tickets for the group.\n\nZoë"));
    }

    List<ReplyThreads.Step> budgetReview() {
        DemoPerson marcus = DemoPeople.COLLEAGUES.get(5);
        return List.of(
                ReplyThreads.Step.say(marcus, "Alex,\n\nWe are 8% over on cloud costs this quarter, mostly the staging"
                        + " clusters that nobody turned off at night. Can you look into it before the review?\n\nMarcus"),
                ReplyThreads.Step.say(me, "On it. I'll add a nightly scale-down and send numbers by Wednesday.\n\nAlex"),
                ReplyThreads.Step.say(marcus, "Great, thanks. That should bring us back under budget.\n\nMarcus"));
    }

    List<ReplyThreads.Step> uploadBug() {
        DemoPerson chen = DemoPeople.COLLEAGUES.get(2);
        DemoPerson hannah = DemoPeople.COLLEAGUES.get(8);
        return List.of(
                ReplyThreads.Step.say(chen, "Uploads above 20 MB fail with a 413 from the ingress. The app allows 30 MB."
                        + "\n\nChen"),
                ReplyThreads.Step.say(hannah, "The ingress default body size is 20m. We never raised it.\n\nHannah"),
                ReplyThreads.Step.say(me, "Let's raise it to 30m to match the app and add a test that uploads 25 MB."
                        + "\n\nAlex"),
                ReplyThreads.Step.say(chen, "PR is up. The test takes 4 seconds, fine for CI.\n\nChen"),
                ReplyThreads.Step.say(hannah, "Approved and deployed to staging. Works with a 28 MB file.\n\nHannah"));
    }

    List<ReplyThreads.Step> lunch() {
        DemoPerson sam = DemoPeople.COLLEAGUES.get(9);
        return List.of(
                ReplyThreads.Step.say(sam, "Lunch on Friday? The new ramen place around the corner opened.\n\nSam"),
                ReplyThreads.Step.say(me, "Count me in! 12:30?\n\nAlex"),
                ReplyThreads.Step.say(sam, "12:30 it is. I'll book for four.\n\nSam"));
    }

    List<ReplyThreads.Step> contractRenewal() {
        DemoPerson mike = new DemoPerson("Mike Henderson", "mike@acme-supplies.example");
        return List.of(
                ReplyThreads.Step.say(me, "Hi Mike,\n\nour supply contract ends in December. Could you send a renewal"
                        + " offer for 2026, same volumes?\n\nBest,\nAlex"),
                ReplyThreads.Step.say(mike, "Hi Alex,\n\nhappy to. Prices go up 3% with steel costs; the offer follows"
                        + " this week.\n\nMike"),
                ReplyThreads.Step.say(me, "Thanks Mike. 3% is fine if delivery stays at five days.\n\nAlex"),
                ReplyThreads.Step.say(mike, "Five days guaranteed. I'll put it in writing.\n\nMike"));
    }

    List<ReplyThreads.Step> interviewLoop() {
        DemoPerson alice = DemoPeople.COLLEAGUES.getFirst();
        return List.of(
                ReplyThreads.Step.say(alice, "Could you run the system-design interview for the frontend candidate on"
                        + " Thursday at 11?\n\nAlice"),
                ReplyThreads.Step.say(me, "Yes, I can do Thursday 11. Please send me the CV.\n\nAlex"),
                ReplyThreads.Step.say(DemoPeople.COLLEAGUES.get(7), "I'll take the pairing session right after, then."
                        + "\n\nTomás"));
    }
}
