variable "image" {
  description = "Image to deploy, pinned by digest."
  type        = string
  default     = "ghcr.io/example/app@sha256:0000000000000000000000000000000000000000000000000000000000000001"

  validation {
    condition     = can(regex("@sha256:[0-9a-f]{64}$", var.image))
    error_message = "image must be pinned by digest (name@sha256:<64 hex>), never a mutable tag."
  }
}

variable "replicas" {
  description = "Replicas of the API."
  type        = number
  default     = 3

  validation {
    condition     = var.replicas >= 1 && var.replicas <= 20
    error_message = "replicas must be between 1 and 20."
  }
}
