package org.openbudget.aggregation.intake;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

/**
 * {@code openbudget.host-name}: this machine's name, the local default of {@code openbudget.instance.id}
 * (static group membership needs an id that is the same after a restart on the same host; in Kubernetes
 * the pod name, {@code HOSTNAME}, is used instead). The lowest ordinal: anything else overrides it.
 */
public class HostNameConfigSource implements ConfigSource {

    static final String KEY = "openbudget.host-name";
    private final Map<String, String> properties = Map.of(KEY, hostName());

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "openbudget-host-name";
    }

    @Override
    public int getOrdinal() {
        return 1;
    }
}
