package oip.testbed;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.index.mapper.MapperExtrasPlugin;
import org.elasticsearch.index.rankeval.RankEvalPlugin;
import org.elasticsearch.join.ParentJoinPlugin;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.percolator.PercolatorPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.reindex.ReindexPlugin;
import org.elasticsearch.script.mustache.MustachePlugin;
import org.elasticsearch.search.aggregations.matrix.MatrixAggregationPlugin;
import org.elasticsearch.transport.Netty4Plugin;
import org.elasticsearch.transport.TransportService;

/**
 * One real Elasticsearch node in this JVM, on loopback.
 *
 * <pre>
 * java -cp ... oip.testbed.EsNode --home DIR [--http-port 0] [--transport-port 0]
 *     [--name node-0] [--cluster oip-testbed]
 *     [--seed-hosts 127.0.0.1:9301,...] [--masters node-0,node-1,...]
 * </pre>
 *
 * Without --seed-hosts the node is a single-node cluster. With them, N of
 * these processes (one per node, each with its own --home and a fixed
 * --transport-port) form one cluster; --masters names the nodes that vote in
 * the first election. Prints {@code READY {"port":P,"url":"http://127.0.0.1:P",...}}
 * on stdout once HTTP listens, nothing else there. SIGTERM closes the node and
 * removes --home.
 */
public final class EsNode {
    /** The plugins a 7.17 distribution would load from modules/ and that are published as jars. */
    private static final List<Class<? extends Plugin>> PLUGINS = Arrays.asList(
            Netty4Plugin.class, ReindexPlugin.class, MapperExtrasPlugin.class, ParentJoinPlugin.class,
            PercolatorPlugin.class, MustachePlugin.class, MatrixAggregationPlugin.class, RankEvalPlugin.class);

    /** Node's plugin-taking constructor is protected: embedded nodes subclass it. */
    private static final class PluginNode extends Node {
        PluginNode(Settings settings, Collection<Class<? extends Plugin>> plugins, String name) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null, () -> name),
                    plugins, true);
        }
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        Path home = Path.of(required(args, "home")).toAbsolutePath();
        String name = args.getOrDefault("name", "node-0");
        Files.createDirectories(home);

        Settings.Builder settings = Settings.builder()
                .put("cluster.name", args.getOrDefault("cluster", "oip-testbed"))
                .put("node.name", name)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", args.getOrDefault("http-port", "0"))
                .put("transport.port", args.getOrDefault("transport-port", "0"))
                // A nearly full test disk must not turn indices read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false);
        String seeds = args.get("seed-hosts");
        if (seeds == null) {
            settings.put("discovery.type", "single-node");
        } else {
            settings.putList("discovery.seed_hosts", seeds.split(","));
            settings.putList("cluster.initial_master_nodes", required(args, "masters").split(","));
        }

        Node node = new PluginNode(settings.build(), PLUGINS, name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("closing the node: " + e);
            }
            removeTree(home);
        }, "es-node-shutdown"));
        node.start();

        TransportAddress http = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        TransportAddress transport = node.injector().getInstance(TransportService.class).boundAddress().publishAddress();
        int port = http.getPort();
        System.out.println("READY {\"port\":" + port + ",\"url\":\"http://127.0.0.1:" + port + "\",\"transportPort\":"
                + transport.getPort() + ",\"name\":\"" + name + "\"}");
        System.out.flush();
        Thread.currentThread().join(); // runs until a signal ends the JVM
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("expected --option value, got " + argv[i]);
            }
            out.put(argv[i].substring(2), argv[++i]);
        }
        return out;
    }

    private static String required(Map<String, String> args, String key) {
        String v = args.get(key);
        if (v == null) throw new IllegalArgumentException("--" + key + " is required");
        return v;
    }

    private static void removeTree(Path root) {
        if (!Files.exists(root)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("removing " + root + ": " + e);
        }
    }
}
