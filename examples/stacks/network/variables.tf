variable "environment" {
  description = "Environment name, used in resource names."
  type        = string
  default     = "staging"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.environment))
    error_message = "environment must be 2-21 lowercase letters, digits or dashes."
  }
}

variable "cidr_block" {
  description = "The VPC's address range."
  type        = string
  default     = "10.20.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr_block, 0))
    error_message = "cidr_block must be a valid CIDR range such as 10.20.0.0/16."
  }
}

variable "zones" {
  description = "Availability zones; one subnet each."
  type        = list(string)
  default     = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}

variable "vpn_shared_key" {
  description = "Pre-shared key of the VPN (a secret: never printed)."
  type        = string
  sensitive   = true
  default     = "demo-only-not-a-real-secret"
}
