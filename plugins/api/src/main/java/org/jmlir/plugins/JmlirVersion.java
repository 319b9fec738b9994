package org.jmlir.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The jmlir version plugins are checked against: a plugin's {@code Plugin-Requires} (a SemVer expression such as
 * {@code >=0.2.0}; a bare version means at least that version) must accept it. The build's qualifier
 * ({@code -SNAPSHOT}) is dropped, since SemVer orders {@code 0.1.0-SNAPSHOT} before {@code 0.1.0}.
 */
public final class JmlirVersion {
    private JmlirVersion() {}

    /** E.g. {@code 0.1.0}. */
    public static String current() { return Holder.VERSION; }

    private static final class Holder {
        static final String VERSION = read();

        private static String read() {
            Properties p = new Properties();
            try (InputStream in = JmlirVersion.class.getResourceAsStream("jmlir-version.properties")) {
                if (in != null) p.load(in);
            } catch (IOException e) {
                // fall through to the default below
            }
            String v = p.getProperty("version", "0.0.0");
            int dash = v.indexOf('-');
            return dash < 0 ? v : v.substring(0, dash);
        }
    }
}
