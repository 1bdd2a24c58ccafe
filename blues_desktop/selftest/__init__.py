"""The installed app's self-test (`blues self-test`, `blues-desktop --self-test`): the
real work of an office, done once in a temporary data folder, one line per step.

It sits above bundles/ and documents/ and below cli/ and ui/: both programs run the
same data steps; the window adds its own steps (ui/selftest.py)."""

from blues_desktop.selftest.runner import ENV_FAIL, Step, run_steps
from blues_desktop.selftest.steps import DATA_STEPS, Workspace, run_self_test

__all__ = ["DATA_STEPS", "ENV_FAIL", "Step", "Workspace", "run_self_test", "run_steps"]
