# -*- Python -*-
# Configuration for LLVM's lit, so that the test files run in-process by jmlir's Java runner
# (org.jmlir.lit.LitRunner) can also be run by the real lit:  lit -v test/lit
# Both see the same commands (jopt, FileCheck, not, count) and the same feature names.

import os

import lit.formats

config.name = "jmlir"
# Run RUN lines with bash (external shell), as most LLVM projects do.
config.test_format = lit.formats.ShTest(True)
config.suffixes = [".mlir"]
# Helper files used by tests are not tests themselves.
config.excludes = ["Inputs", "lit.cfg.py"]

config.test_source_root = os.path.dirname(os.path.abspath(__file__))
repo_root = os.path.dirname(os.path.dirname(config.test_source_root))
# Temporary files (%t) go under the Maven build directory, which git ignores.
config.test_exec_root = os.path.join(repo_root, "target", "lit")
os.makedirs(config.test_exec_root, exist_ok=True)

# jopt comes from the repository's bin/ (it may not be built yet); FileCheck, not, count and mlir-opt
# come from LLVM. JMLIR_LLVM_BIN overrides the LLVM location.
llvm_bin = os.environ.get("JMLIR_LLVM_BIN", "/usr/lib/llvm-22/bin")
config.environment["PATH"] = os.pathsep.join(
    [os.path.join(repo_root, "bin"), llvm_bin, config.environment.get("PATH", "")]
)

# test/lit/Plugins load real plugin jars from where the Maven build puts them (LitSuiteTest uses the same paths).
config.substitutions.append(
    ("%example_plugins", os.path.join(repo_root, "plugins", "example-dialect", "target", "plugins")))
config.substitutions.append(
    ("%fault_plugins", os.path.join(repo_root, "plugins", "test-faults", "target", "fault-plugins")))

# Tests comparing against LLVM's own mlir-opt say "REQUIRES: mlir-opt"; the Java runner uses the same name.
if os.path.exists(os.path.join(llvm_bin, "mlir-opt")):
    config.available_features.add("mlir-opt")
