output "vpc_id" {
  description = "ID of the VPC."
  value       = terraform_data.vpc.id
}

output "subnet_cidrs" {
  description = "Subnet range per zone."
  value       = { for zone, subnet in terraform_data.subnet : zone => subnet.output.cidr_block }
}

output "vpn_shared_key" {
  description = "The VPN key, for the peer side."
  value       = var.vpn_shared_key
  sensitive   = true
}
