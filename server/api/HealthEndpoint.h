#pragma once

namespace leadscope::server {

class Router;
class Store;

// GET /api/v1/health: answers 200 when the store answers, 503 otherwise.
class HealthEndpoint
{
public:
    static void registerRoutes(Router& router, const Store& store);
};

} // namespace leadscope::server
