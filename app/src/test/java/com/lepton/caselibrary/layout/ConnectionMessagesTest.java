package com.lepton.caselibrary.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.SystemMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConnectionMessagesTest {

    @Test
    void aPageWhoseSessionIsGoneSaysSoInItsLanguageRatherThanReloadingSilently() {
        SystemMessages english = ConnectionMessages.sessionExpired(Locale.US);
        SystemMessages chinese = ConnectionMessages.sessionExpired(Locale.SIMPLIFIED_CHINESE);

        assertThat(english.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(english.getSessionExpiredCaption()).isEqualTo("This page lost its server");
        assertThat(english.getSessionExpiredMessage()).contains("Saved decks and accounts are safe");
        assertThat(chinese.getSessionExpiredCaption()).isEqualTo("此页面的服务器已断开");
        assertThat(chinese.getSessionExpiredMessage()).contains("已保存的演示文稿和账户不受影响");
        assertThat(ConnectionMessages.sessionExpired(null).getSessionExpiredCaption())
                .as("no locale: English")
                .isEqualTo("This page lost its server");
    }
}
