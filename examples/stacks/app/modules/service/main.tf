variable "name" {
  type = string
}

variable "image" {
  type = string
}

variable "replicas" {
  type = number
}

variable "port" {
  type = number
}

resource "terraform_data" "deployment" {
  input = {
    name     = var.name
    image    = var.image
    replicas = var.replicas
  }
}

resource "terraform_data" "service" {
  count = var.port > 0 ? 1 : 0
  input = {
    name = var.name
    port = var.port
  }
}

output "name" {
  value = var.name
}

output "endpoint" {
  value = var.port > 0 ? "http://${var.name}:${var.port}" : null
}
