package org.schoolshuttle.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Settings of exported and printed files. */
@ConfigMapping(prefix = "shuttle.exports")
public interface ExportConfig {

    /**
     * The public emergency numbers printed on every run manifest, each as "number label" (the label may hold spaces
     * but no comma); China's by default: police, ambulance, fire, road accidents.
     */
    @WithDefault("110 报警 Police,120 急救 Ambulance,119 火警 Fire,122 交通事故 Road accident")
    List<String> emergencyNumbers();
}
