# A network described with terraform's built-in terraform_data resource: it plans and applies
# with no provider download and no cloud account, so the demo and the tests run offline.
terraform {
  required_version = ">= 1.5.0"
}

locals {
  # One subnet per zone, carved out of the VPC range.
  subnets = {
    for index, zone in var.zones : zone => cidrsubnet(var.cidr_block, 8, index)
  }
}

resource "terraform_data" "vpc" {
  input = {
    name       = "${var.environment}-vpc"
    cidr_block = var.cidr_block
  }
}

resource "terraform_data" "subnet" {
  for_each = local.subnets

  input = {
    vpc_id     = terraform_data.vpc.id
    zone       = each.key
    cidr_block = each.value
  }
}

resource "terraform_data" "gateway" {
  input = {
    vpc_id = terraform_data.vpc.id
    # Replaced (not updated in place) when the VPC range changes.
    public = true
  }
  triggers_replace = [var.cidr_block]
}

resource "terraform_data" "vpn" {
  input = {
    gateway = terraform_data.gateway.id
    # Sensitive: Gantry shows "(sensitive value)" instead, everywhere.
    shared_key = var.vpn_shared_key
  }
}

check "subnets_fit" {
  assert {
    condition     = length(var.zones) <= 16
    error_message = "At most 16 zones fit in the /16 with /24 subnets."
  }
}
