#!/bin/sh
# The single-user server of the course image (hub/Dockerfile): bring the learner's workspace up to date with the
# course's own sync (the rules of `npm start`: nothing the learner changed is overwritten), then start
# jupyterhub-singleuser on it. The language is DLBASICS_LANG (ko or en; hub/config.yaml's profiles set it).
set -eu
cd /srv/course
# The learner's volume is mounted at workspace-users/learner (hub/config.yaml): one learner per pod.
folder=$(node node_modules/.bin/ts-node --transpile-only scripts/hub/hub.ts workspace learner "${DLBASICS_LANG:-ko}")
exec jupyterhub-singleuser --notebook-dir="$folder" "$@"
