# An application stack: a local module instantiated per service, a `moved` block recording a
# rename, and a deployment record replaced whenever the image changes.
terraform {
  required_version = ">= 1.5.0"
}

module "api" {
  source   = "./modules/service"
  name     = "api"
  image    = var.image
  replicas = var.replicas
  port     = 8080
}

module "worker" {
  source   = "./modules/service"
  name     = "worker"
  image    = var.image
  replicas = 1
  port     = 0
}

# The frontend module used to be called "web"; this keeps its resources instead of replacing them.
moved {
  from = module.web
  to   = module.frontend
}

module "frontend" {
  source   = "./modules/service"
  name     = "frontend"
  image    = var.image
  replicas = 2
  port     = 3000
}

resource "terraform_data" "release" {
  input = {
    image    = var.image
    services = [module.api.name, module.worker.name, module.frontend.name]
  }
  triggers_replace = [var.image]
}
