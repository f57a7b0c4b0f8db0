"""The deployment files agree with the code and keep the promises deploy/README.md makes: every
setting the code reads is in .env.example; the image runs unprivileged with a health check; the
database has a volume and a health check; stops allow the bot's 10 seconds; the Kubernetes probes
hit the right endpoints on the right ports; every pod names its database explicitly, and the
Compose database URL survives any character in the password."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.engine import make_url

from bot.runner import SHUTDOWN_BUDGET
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
TEST_ONLY = {"BOUNCEBACK_TEST_DATABASE_URL"}


def _k8s() -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            docs[f"{doc['kind']}/{doc['metadata']['name']}"] = doc
    return docs


def _seconds(value: str) -> float:
    m = re.fullmatch(r"(\d+)(s|m)?", value.strip())
    assert m, value
    return int(m[1]) * (60 if m[2] == "m" else 1)


def test_every_setting_the_code_reads_is_in_the_env_example() -> None:
    read: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        read |= set(re.findall(r"\"((?:SLACK|DISCORD|BOUNCEBACK)_[A-Z_]+)\"", path.read_text()))
    example = (DEPLOY / ".env.example").read_text()
    missing = sorted(name for name in read - TEST_ONLY if name not in example)
    assert not missing, f"add these to deploy/.env.example: {missing}"
    assert re.search(r"^BOUNCEBACK_SECRET_KEY=$", example, re.M)  # no real key ever shipped


def test_the_image_is_slim_unprivileged_and_checks_its_health() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    stages = re.findall(r"^FROM (\S+)", text, re.M)
    assert stages and all(s.endswith("-slim") or "slim" in s for s in stages), stages
    final = text[text.rindex("\nFROM ") :]
    user = re.findall(r"^USER (\S+)", final, re.M)
    assert user and user[-1].split(":")[0] not in ("0", "root")
    assert "/healthz" in final and "HEALTHCHECK" in final
    assert re.search(r"^EXPOSE .*\b9102\b", final, re.M)
    for source in re.findall(r"^COPY (?!--from)(.+) \S+$", text, re.M):
        for name in source.split():
            assert (ROOT / name).exists(), f"the Dockerfile copies {name}, which does not exist"


def test_compose_runs_postgresql_with_a_volume_and_health_checks() -> None:
    spec = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    db, bot = spec["services"]["db"], spec["services"]["bot"]
    assert db["image"].startswith("postgres:")
    assert any(v.split(":")[0] in spec["volumes"] for v in db["volumes"])
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert "/healthz" in " ".join(bot["healthcheck"]["test"])
    assert bot["environment"]["BOUNCEBACK_DATABASE_URL"].startswith("postgresql+asyncpg://")
    assert bot["build"]["dockerfile"] == "deploy/Dockerfile"
    assert _seconds(bot["stop_grace_period"]) > SHUTDOWN_BUDGET


def test_the_systemd_unit_stops_with_sigterm_and_waits_long_enough() -> None:
    unit = (DEPLOY / "bounceback.service").read_text()
    settings = dict(re.findall(r"^(\w+)=(.*)$", unit, re.M))
    assert settings["KillSignal"] == "SIGTERM"
    assert _seconds(settings["TimeoutStopSec"]) > SHUTDOWN_BUDGET
    assert settings["User"] not in ("root", "0")
    assert settings["ExecStart"].split()[1:] == ["run", "slack"]
    assert settings["NoNewPrivileges"] == "yes"


def test_kubernetes_probes_ports_and_secret_fit_together() -> None:
    docs = _k8s()
    secret = docs["Secret/bounceback"]
    assert {"BOUNCEBACK_SECRET_KEY", "BOUNCEBACK_DATABASE_URL"} <= set(secret["stringData"])
    for name in ("Deployment/bounceback", "StatefulSet/bounceback-discord"):
        pod = docs[name]["spec"]["template"]["spec"]
        [bot] = pod["containers"]
        env = {e["name"]: e["value"] for e in bot.get("env", []) if "value" in e}
        ports = {p["name"]: p["containerPort"] for p in bot["ports"]}
        assert ports["metrics"] == int(env.get("BOUNCEBACK_METRICS_PORT", "9102"))
        assert env["BOUNCEBACK_METRICS_HOST"] == "0.0.0.0"  # probes come from outside the pod
        assert bot["readinessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
        assert bot["livenessProbe"]["httpGet"] == {"path": "/livez", "port": "metrics"}
        assert bot["envFrom"] == [{"secretRef": {"name": "bounceback"}}]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["terminationGracePeriodSeconds"] > SHUTDOWN_BUDGET + 5
        assert bot["securityContext"]["readOnlyRootFilesystem"] is True
    deployment = docs["Deployment/bounceback"]
    [bot] = deployment["spec"]["template"]["spec"]["containers"]
    env = {e["name"]: e["value"] for e in bot["env"] if "value" in e}
    assert {p["name"]: p["containerPort"] for p in bot["ports"]}["http"] == int(env["PORT"])
    service = docs["Service/bounceback"]
    assert service["spec"]["selector"] == deployment["spec"]["selector"]["matchLabels"]
    assert [p["targetPort"] for p in service["spec"]["ports"]] == ["http"]  # never metrics


def test_the_readme_walks_through_every_file() -> None:
    readme = (DEPLOY / "README.md").read_text()
    for path in [
        "Dockerfile",
        "compose.yaml",
        "bounceback.service",
        ".env.example",
        *(f"k8s/{p.name}" for p in (DEPLOY / "k8s").glob("*.yaml")),
    ]:
        assert path in readme, f"deploy/README.md does not mention {path}"
    for name in (
        "/healthz",
        "/livez",
        "/metrics",
        "bounceback_turns_total",
        "bounceback_turn_duration_seconds",
        "bounceback_crisis_interrupts_total",
        "bounceback_checkins_total",
        "bounceback_platform_errors_total",
    ):
        assert name in readme, name


def test_every_pod_names_its_database_url_from_the_secret() -> None:
    """Without the key in the Secret the pod does not start: no replica falls back to SQLite."""
    docs = _k8s()
    for name in ("Deployment/bounceback", "StatefulSet/bounceback-discord"):
        [bot] = docs[name]["spec"]["template"]["spec"]["containers"]
        [entry] = [e for e in bot["env"] if e["name"] == "BOUNCEBACK_DATABASE_URL"]
        ref = entry["valueFrom"]["secretKeyRef"]
        assert ref == {"name": "bounceback", "key": "BOUNCEBACK_DATABASE_URL"}, name
        assert not ref.get("optional", False)
    guide = (DEPLOY / "README.md").read_text()
    k8s = guide[guide.index("## Kubernetes") :]
    assert "BOUNCEBACK_DATABASE_URL" in k8s[: k8s.index("\n## ", 3)]


def test_compose_passes_the_password_apart_from_the_url() -> None:
    bot = yaml.safe_load((DEPLOY / "compose.yaml").read_text())["services"]["bot"]["environment"]
    url, password = bot["BOUNCEBACK_DATABASE_URL"], bot["BOUNCEBACK_DATABASE_PASSWORD"]
    assert "POSTGRES_PASSWORD" not in url and "POSTGRES_PASSWORD" in password
    awkward = "p@ss/w:rd%40#?&$x"
    env = {"BOUNCEBACK_DATABASE_URL": url, "BOUNCEBACK_DATABASE_PASSWORD": awkward}
    parsed = make_url(Settings.from_env(env, require_key=False).database_url)
    assert parsed.password == awkward and parsed.host == "db" and parsed.database == "bounceback"


def test_the_image_carries_the_flows_inside_the_package() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    build = text[: text.rindex("\nFROM ")]
    assert re.search(r"^COPY .*setup\.py", build, re.M) and "COPY dialogues" in build
    assert "BOUNCEBACK_FLOWS" not in text  # the packaged flows are the default
