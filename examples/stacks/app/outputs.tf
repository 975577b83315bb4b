output "endpoints" {
  description = "Service endpoints (services without a port have none)."
  value       = { for m in [module.api, module.frontend] : m.name => m.endpoint }
}

output "release_id" {
  value = terraform_data.release.id
}
