/**
 * The schema of `.github/release-actions.yaml`. This constant is the source;
 * schema/release-actions.schema.json is the published copy (a test keeps them equal).
 */
export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://github.com/release-actions/release-actions/schema/release-actions.schema.json",
  "title": ".github/release-actions.yaml",
  "description": "Optional configuration read by every release-actions action. Every key is optional: defaults come from the repository layout. Action inputs override it.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "chart": {
      "type": "string",
      "description": "Path of the Helm chart folder, e.g. charts/workload-variant-autoscaler. Default: the single charts/*/Chart.yaml.",
      "minLength": 1
    },
    "charts": {
      "type": "array",
      "description": "The charts of the repository and how each is versioned. app: with the application (one tag vX.Y.Z for image and chart; at most one chart); own: on its own, released when its version has no tag <name>-<version> yet, as chart-releaser does. Default: every charts/*/Chart.yaml, the release's chart (chart, or the single chart) app and the others own.",
      "items": {
        "$ref": "#/definitions/chartEntry"
      }
    },
    "images": {
      "type": "array",
      "description": "Container images the release publishes, without tag, e.g. ghcr.io/llm-d-incubation/workload-variant-autoscaler. Default: ghcr.io/OWNER/REPO. An empty list: the repository releases its chart alone (call release.yaml with image: none); the chart's appVersion is then not the release's.",
      "items": {
        "type": "string",
        "pattern": "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$"
      }
    },
    "platforms": {
      "type": "array",
      "items": {
        "type": "string",
        "pattern": "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$"
      },
      "description": "Platforms each image must carry. Default linux/amd64, linux/arm64."
    },
    "version-files": {
      "type": "array",
      "description": "Files holding the version. Default: the chart's Chart.yaml and values.yaml, Makefile (VERSION, IMG_TAG), README.md.",
      "items": {
        "$ref": "#/definitions/versionFile"
      }
    },
    "makefile-variables": {
      "type": "array",
      "items": {
        "type": "string",
        "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
      },
      "description": "Makefile variables that hold the version. Default VERSION, plus IMG_TAG when present."
    },
    "changelog": {
      "type": "string",
      "minLength": 1,
      "description": "Path of the Keep a Changelog file. Default CHANGELOG.md."
    },
    "changelog-include": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "description": "Conventional commit types listed although left out by default (chore, ci, test, build, style)."
    },
    "helm-repo-url": {
      "type": "string",
      "format": "uri",
      "description": "URL of the Helm repository. Default https://OWNER.github.io/REPO."
    },
    "helm-repo-name": {
      "type": "string",
      "pattern": "^[a-z0-9][a-z0-9-]*$",
      "description": "The alias in `helm repo add ALIAS URL`. Default: the repository name."
    },
    "namespace": {
      "type": "string",
      "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
      "description": "Namespace of the install example. Default: CHART-system."
    },
    "pages-branch": {
      "type": "string",
      "minLength": 1,
      "description": "Branch holding index.yaml. Default gh-pages."
    },
    "oci-registry": {
      "type": "string",
      "pattern": "^oci://",
      "description": "Where to push the chart as an OCI artifact, e.g. oci://ghcr.io/llm-d-incubation/charts."
    },
    "crd-dir": {
      "type": "string",
      "description": "Folder of the generated CRDs (controller-gen output). Default config/crd/bases."
    },
    "crd-names": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "description": "CRDs that must be established after install, e.g. variantautoscalings.llmd.ai."
    },
    "release-branch-prefix": {
      "type": "string",
      "description": "Default release-v."
    },
    "pr-template": {
      "type": "string",
      "description": "Path of a markdown file to use as the release pull request body instead of the built-in checklist."
    },
    "git-identity": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "email"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "email": {
          "type": "string",
          "format": "email"
        }
      }
    },
    "announce": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "message-template": {
          "type": "string"
        },
        "discussion-category": {
          "type": "string"
        },
        "dispatch-repos": {
          "type": "array",
          "items": {
            "type": "string",
            "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
          }
        },
        "update-repos": {
          "type": "array",
          "items": {
            "type": "string",
            "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(:.+)?$"
          }
        },
        "mail-to": {
          "type": "array",
          "items": {
            "type": "string",
            "format": "email"
          }
        },
        "next-milestone": {
          "type": "boolean"
        }
      }
    }
  },
  "definitions": {
    "chartEntry": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "path"
      ],
      "properties": {
        "path": {
          "type": "string",
          "description": "The chart folder, relative to the repository, e.g. charts/workload-variant-autoscaler.",
          "pattern": "^(?!/)(?!.*(^|/)\\.\\.(/|$))\\S+$"
        },
        "versioning": {
          "type": "string",
          "enum": [
            "app",
            "own"
          ],
          "description": "app: released with the application, tag vX.Y.Z. own: released when changed, tag <name>-<version>. Default own, except the release's chart."
        }
      }
    },
    "versionFile": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "path",
        "type"
      ],
      "properties": {
        "path": {
          "type": "string",
          "minLength": 1
        },
        "type": {
          "enum": [
            "chart",
            "values",
            "makefile",
            "docs",
            "regex",
            "json",
            "yaml"
          ]
        },
        "variables": {
          "type": "array",
          "items": {
            "type": "string",
            "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
          }
        },
        "key": {
          "type": "string",
          "minLength": 1,
          "description": "Key path for json, yaml and values files, e.g. image.tag."
        },
        "pattern": {
          "type": "string",
          "minLength": 1,
          "description": "For regex files: one capture group that is the version."
        },
        "images": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "appVersion": {
          "type": "boolean",
          "description": "For chart files: whether appVersion is the release's version (default true; false when it names another application's version)."
        }
      }
    }
  }
} as const;
