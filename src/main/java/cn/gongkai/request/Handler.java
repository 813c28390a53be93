package cn.gongkai.request;

/**
 * Who drafts an application's reply ({@code group}) and who reviews the draft first
 * ({@code headGroup}): the assigned division, or the disclosure office for outcomes the process
 * decided itself.
 */
public record Handler(String group, String headGroup, String name) {
}
