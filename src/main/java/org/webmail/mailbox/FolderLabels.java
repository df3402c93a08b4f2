package org.webmail.mailbox;

import org.webmail.imap.FolderInfo;
import org.webmail.web.Bundles;

import io.quarkus.qute.TemplateExtension;

/**
 * {@code {folder.label}}: a folder's name as the page's language shows it. The server's names stay what they are
 * (links and forms use the path); only the display of the special folders follows the reader's language.
 */
@TemplateExtension
public final class FolderLabels {

    private FolderLabels() {
    }

    static String label(FolderInfo folder, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Bundles.in(MailMessages.class, locale == null ? null : locale.toString().replace('_', '-'))
                .folder_label(folder.role().name(), folder.name());
    }
}
