#pragma once

class BulletinChart
{
};
