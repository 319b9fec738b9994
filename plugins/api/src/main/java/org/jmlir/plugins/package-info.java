/**
 * What jmlir plugins implement. A plugin is a PF4J jar: a descriptor (MANIFEST {@code Plugin-Id},
 * {@code Plugin-Version}, {@code Plugin-Requires}, optional {@code Plugin-Class}; or {@code plugin.properties}),
 * classes marked {@code @org.pf4j.Extension} implementing the extension points here ({@link
 * org.jmlir.plugins.DialectProvider}, {@link org.jmlir.plugins.PassProvider}, {@link org.jmlir.plugins.Frontend},
 * {@link org.jmlir.plugins.Target}), and the index {@code META-INF/extensions.idx} that PF4J's annotation processor
 * writes (list {@code org.pf4j:pf4j} in the compiler's {@code annotationProcessorPaths}: since JDK 23 javac runs
 * no processor found only on the class path). A plugin depends on this module, core and textual-format with
 * {@code provided} scope and bundles none of them: the host supplies those classes, so its types and the
 * plugin's are the same. {@code plugins/example-dialect} is a complete example.
 *
 * <p>The host side (finding, loading, checking plugins and feeding the registries) is {@code plugins/host}, kept
 * apart so that plugin authors see only these few types.
 */
package org.jmlir.plugins;
