package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kulturbuero.grants.grantapplication.NoticeFile;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.LongFunction;

/** Download links of an application's notice letters (PDF); the content is loaded through the caller's service on click. */
public class NoticeLinks extends Composite<UnorderedList> {

    public NoticeLinks(List<NoticeFile> notices, LongFunction<byte[]> content) {
        for (NoticeFile notice : notices) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] pdf = content.apply(notice.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf), notice.fileName(), "application/pdf", pdf.length);
                    }),
                    AttachmentType.DOWNLOAD,
                    getTranslation(
                            "grantapplication.notice.link",
                            getTranslation("grantapplication.notice.kind." + notice.kind()),
                            Formats.dateTime(notice.createdAt(), getLocale())));
            link.getElement().setAttribute("download", notice.fileName());
            getContent().add(new ListItem(link));
        }
        getContent().addClassName("notice-links");
    }
}
