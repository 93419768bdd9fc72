package org.runmend.cli;

import java.util.concurrent.Callable;
import org.runmend.AppConfig;
import org.runmend.store.DataLock;
import org.runmend.store.Database;
import org.runmend.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Starts the web app and the REST API (POST /api/v1/assessments) until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(
            names = "--port",
            defaultValue = "${env:RUNMEND_PORT:-7070}",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; env RUNMEND_PORT).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "${env:RUNMEND_HOST:-127.0.0.1}",
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = AppConfig.fromEnvironment(main.env());
        // held until the process ends: bin/runmend restore refuses to swap the file under a running server
        DataLock lock = null;
        if (config.dbUrl() == null) {
            lock = DataLock.tryHold(config.dataDir()).orElse(null);
            if (lock == null) {
                System.err.println("runmend: note: another RunMend process holds " + config.dataDir()
                        + "/runmend.lock (a server, or a restore under way); both can share the database");
            }
        }
        Database db = config.openDatabase();
        WebApp app = new WebApp(main.knowledge(), config, db, main.clock());
        app.start(host, port);
        System.out.println("Storage: " + db.description());
        System.out.println("RunMend is running at http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":"
                + app.port() + "/  (Ctrl-C to stop)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }));
        Thread.currentThread().join();
        return 0;
    }
}
