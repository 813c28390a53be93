package cn.gongkai.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search index of what is published ({@link PublicTexts}).
 *
 * @param indexDirectory where a node keeps its index between starts, so that a restart only catches up
 *        with what changed; one directory per node. Empty: in memory, built from the database at every
 *        start
 */
@ConfigurationProperties("gongkai.search")
public record SearchProperties(@DefaultValue("") String indexDirectory) {
}
