# JupyterHub 3.x configuration for a classroom server of the course "M2. 딥러닝 기본" (see hub/README.md).
#
#   sudo jupyterhub -f /srv/course/hub/jupyterhub_config.py
#
# Every learner logs in with their Linux account (PAM, members of the group "learners"), and finds their own
# workspace, the learner's edition of every notebook in Korean (or English, chosen on the spawn page), opened in
# the classic Notebook with the course's TypeScript kernel. The course checkout is shared and read-only; each
# learner's workspace is <course>/workspace-users/<user>/<lang>/, theirs alone (0700). Settings an instructor may
# want to change are read from environment variables (DLBASICS_HUB_*), with the defaults written below.
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

c = get_config()  # noqa: F821 (provided by JupyterHub when it reads this file)

COURSE = Path(os.environ.get("DLBASICS_COURSE", Path(__file__).resolve().parent.parent)).resolve()
WORKSPACES = Path(os.environ.get("DLBASICS_HUB_WORKSPACES", COURSE / "workspace-users")).resolve()
LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = os.environ.get("DLBASICS_HUB_LANG", "ko")
NODE = shutil.which("node") or "/usr/bin/node"

# --- the proxy ---------------------------------------------------------------------------------------------
# Debian's configurable-http-proxy finds its Node modules only with NODE_PATH=/usr/share/nodejs.
if os.path.realpath(shutil.which("configurable-http-proxy") or "").startswith("/usr/share/nodejs"):
    os.environ.setdefault("NODE_PATH", "/usr/share/nodejs")

# --- who may log in ----------------------------------------------------------------------------------------
# PAM (JupyterHub's default): Linux accounts in the group "learners"; instructors in DLBASICS_HUB_ADMINS
# (comma-separated) are the hub's admins.
c.PAMAuthenticator.allowed_groups = {os.environ.get("DLBASICS_HUB_GROUP", "learners")}
c.Authenticator.admin_users = {a for a in os.environ.get("DLBASICS_HUB_ADMINS", "").split(",") if a}

# --- each learner's server ---------------------------------------------------------------------------------
# LocalProcessSpawner (the default): each learner's Notebook server runs as their own Linux user.
c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
c.Spawner.default_url = "/tree"  # the classic Notebook (Debian's jupyter-notebook 6.4)
c.Spawner.http_timeout = 120
c.Spawner.start_timeout = 120

# The edition: Korean unless the learner picks English on the spawn page (REST API: {"lang": "en"}).
c.Spawner.options_form = (
    '<label for="lang">언어 · Language</label> '
    '<select name="lang" id="lang">'
    + "".join(
        f'<option value="{code}"{" selected" if code == DEFAULT_LANGUAGE else ""}>{label}</option>'
        for code, label in (("ko", "한국어"), ("en", "English"))
    )
    + "</select>"
)
c.Spawner.options_from_form = lambda form: {"lang": (form.get("lang") or [DEFAULT_LANGUAGE])[0]}


def prepare_workspace(spawner):
    """Before each start: <WORKSPACES>/<user>/ owned by the learner (0700), then the course's own sync
    (scripts/hub/hub.ts workspace, the rules of `npm start`: nothing the learner changed is overwritten) run as
    the learner, and their server opens <WORKSPACES>/<user>/<lang>/."""
    language = (spawner.user_options or {}).get("lang", DEFAULT_LANGUAGE)
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    name = spawner.user.name
    home = WORKSPACES / name
    run_as = {}
    if os.getuid() == 0:
        account = pwd.getpwnam(name)
        home.mkdir(mode=0o700, exist_ok=True)
        if home.is_symlink() or not home.is_dir():
            raise RuntimeError(f"{home} is not a folder")
        os.chown(home, account.pw_uid, account.pw_gid)
        os.chmod(home, 0o700)
        run_as = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
        environment = {"HOME": account.pw_dir, "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    else:  # a hub run by an ordinary user (tests): every server runs as that user
        home.mkdir(mode=0o700, parents=True, exist_ok=True)
        environment = dict(os.environ)
    done = subprocess.run(
        [NODE, str(COURSE / "node_modules" / ".bin" / "ts-node"), "--transpile-only",
         str(COURSE / "scripts" / "hub" / "hub.ts"), "workspace", name, language, "--root", str(WORKSPACES)],
        cwd=COURSE, env=environment, capture_output=True, text=True, timeout=120, **run_as,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the course workspace of {name} could not be prepared: {done.stderr.strip()}")
    spawner.log.info("course workspace of %s: %s %s", name, done.stdout.strip(), done.stderr.strip())
    spawner.notebook_dir = done.stdout.strip().splitlines()[-1]


c.Spawner.pre_spawn_hook = prepare_workspace

# --- memory and CPU per learner ----------------------------------------------------------------------------
# A learner's Notebook server takes about 85 MB, each running kernel up to 235 MB (notebook 06: 223 MB; README,
# Kernel memory), so 2G leaves room for a few kernels. LocalProcessSpawner does NOT
# enforce these two: it passes them to the server as MEM_LIMIT / CPU_LIMIT (shown by jupyter-resource-usage
# where installed). SystemdSpawner (pip install jupyterhub-systemdspawner; not packaged by Debian) enforces them
# with systemd's MemoryMax/CPUQuota, and is used below when it is installed; so does Kubernetes (hub/config.yaml).
c.Spawner.mem_limit = os.environ.get("DLBASICS_HUB_MEM_LIMIT", "2G")
c.Spawner.cpu_limit = float(os.environ.get("DLBASICS_HUB_CPU_LIMIT", "1"))
try:
    import systemdspawner  # noqa: F401

    c.JupyterHub.spawner_class = "systemdspawner.SystemdSpawner"
    c.SystemdSpawner.isolate_tmp = True
    c.SystemdSpawner.disable_user_sudo = True
except ImportError:
    pass

# --- idle servers ------------------------------------------------------------------------------------------
# Each Notebook server culls its own idle kernels, and shuts itself down after DLBASICS_HUB_IDLE_SECONDS
# without activity (the Notebook server's own options); the hub then sees it stopped. jupyterhub-idle-culler
# (pip install jupyterhub-idle-culler; not packaged by Debian) is run as a hub service when it is installed.
IDLE = int(os.environ.get("DLBASICS_HUB_IDLE_SECONDS", "3600"))
c.Spawner.args = [
    f"--NotebookApp.shutdown_no_activity_timeout={IDLE}",
    f"--MappingKernelManager.cull_idle_timeout={IDLE}",
    "--MappingKernelManager.cull_interval=300",
    "--MappingKernelManager.cull_connected=False",
]
try:
    import jupyterhub_idle_culler  # noqa: F401

    c.JupyterHub.load_roles = [
        {"name": "idle-culler", "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
         "services": ["idle-culler"]},
    ]
    c.JupyterHub.services = [
        {"name": "idle-culler", "command": [sys.executable, "-m", "jupyterhub_idle_culler", f"--timeout={IDLE}"]},
    ]
except ImportError:
    pass

# --- the hub's own files -----------------------------------------------------------------------------------
# Database and cookie secret in /var/lib/jupyterhub (Debian's package creates it) unless told otherwise.
STATE = Path(os.environ.get("DLBASICS_HUB_STATE", "/var/lib/jupyterhub"))
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
